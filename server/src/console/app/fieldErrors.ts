import { ApiError, explain } from './api';
import { h } from './dom';

/**
 * Shows an error where it belongs: next to the field the server names (highlighted, described, focused)
 * when the form has it as `[data-field=name]`, and always in the form's message line too.
 */
export function showError(form: HTMLElement, message: HTMLElement, e: unknown, labels: Record<string, string> = {}): void {
  clearErrors(form);
  const sentence = explain(e, (f) => labels[f] ?? f);
  message.className = 'message error';
  message.textContent = sentence;
  const field = e instanceof ApiError ? e.field : null;
  const box = field ? form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) : null;
  if (!box) return;
  const input = box.querySelector<HTMLElement>('input, select, textarea');
  const id = `error-${field}`;
  box.classList.add('invalid');
  box.appendChild(h('p', { class: 'field-error', id, 'data-testid': 'field-error' }, sentence));
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.focus();
  }
}

export function clearErrors(form: HTMLElement): void {
  form.querySelectorAll('.field-error').forEach((p) => p.remove());
  form.querySelectorAll('.invalid').forEach((box) => box.classList.remove('invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  });
}
