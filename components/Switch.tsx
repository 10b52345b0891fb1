/** An on/off switch: a real checkbox (keyboard and screen readers work) styled as a switch. */
export function Switch(props: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  testId?: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span class="track" aria-hidden="true" />
      <span class="switch-label">{props.label}</span>
    </label>
  );
}
