import { ApiError, explain } from './api';
import { h } from './dom';

/**
 * Shows an error where it belongs: next to the field the server names (highlighted, described, focused)
 * when the form has it as `[data-field=name]`, else in the form's message line.
 */
export function showError(form: HTMLElement, message: HTMLElement, e: unknown, labels: Record<string, string> = {}): void {
  clearErrors(form);
  const sentence = explain(e, (f) => labels[f] ?? f);
  const field = e instanceof ApiError ? e.field : null;
  const box = field ? form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) : null;
  if (!box) {
    message.className = 'message error';
    message.textContent = sentence;
    return;
  }
  // Said once, where it belongs; the alert role reads it out as it appears.
  message.className = 'message';
  message.textContent = '';
  const input = box.querySelector<HTMLElement>('input, select, textarea');
  const id = `error-${field}`;
  box.classList.add('invalid');
  box.appendChild(h('p', { class: 'field-error', id, role: 'alert', 'data-testid': 'field-error' }, sentence));
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
