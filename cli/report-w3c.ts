export { toWebAnnotations } from '../utils/core/export/web-annotations';
