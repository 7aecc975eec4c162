import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { uploadFile } from '../api';
import { h } from '../dom';
import { showError } from '../fieldErrors';
import { messages } from '../i18n';

const t = messages(
  {
    button: '从电脑插入图片',
    hint: '也可以把图片拖到正文里。JPG 或 PNG，最大 1 MB。',
    uploading: '正在上传图片…',
    done: '图片已插入。请把“图片说明”改成一句话：它会显示在图片下面。',
    alt: '图片说明',
    label: '图片',
  },
  {
    button: 'Insérer une image de l’ordinateur',
    hint: 'Vous pouvez aussi glisser l’image dans le texte. JPG ou PNG, 1 Mo au plus.',
    uploading: 'Envoi de l’image…',
    done: 'Image insérée. Remplacez « Légende de l’image » par une phrase : elle s’affiche sous l’image.',
    alt: 'Légende de l’image',
    label: 'Image',
  },
);

interface Options {
  /** The Markdown textarea the image goes into, at the cursor. */
  textarea: HTMLTextAreaElement;
  /** Where a drop is accepted (the textarea's wrapper). */
  dropZone: HTMLElement;
}

/**
 * Pictures from her computer: a button and drag-and-drop onto the text. The server checks type and
 * size (the sentence comes back beside the button); the Markdown gets `![caption](/api/admin/images/…)`.
 */
export function imageDrop(o: Options): HTMLElement {
  const input = h('input', { type: 'file', id: 'image-file', accept: 'image/png,image/jpeg', class: 'visually-hidden' });
  const message = h('p', { class: 'message', 'aria-live': 'polite', 'data-testid': 'image-message' });
  const box = h(
    'div',
    { class: 'image-drop', 'data-field': 'image' },
    h('label', { for: 'image-file', class: 'secondary file-button' }, t('button')),
    input,
    h('p', { class: 'help' }, t('hint')),
  );
  const el = h('div', {}, box, message);

  async function send(file: File) {
    message.className = 'message';
    message.textContent = t('uploading');
    box.querySelectorAll('.field-error').forEach((p) => p.remove());
    try {
      const { data } = await uploadFile(ADMIN_ROUTES.imageUpload, {}, file);
      const { textarea } = o;
      const at = textarea.selectionStart ?? textarea.value.length;
      const before = textarea.value.slice(0, at);
      // A paragraph of its own, so the caption sits under the picture.
      const gap = !before || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      const snippet = `${gap}![${t('alt')}](${data.url})\n\n`;
      textarea.value = before + snippet + textarea.value.slice(at);
      const captionStart = before.length + snippet.indexOf('[') + 1;
      textarea.focus();
      textarea.setSelectionRange(captionStart, captionStart + t('alt').length);
      message.className = 'message ok';
      message.textContent = t('done');
      // As if typed: the highlighting, the preview and the unsaved-changes guard all follow.
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    } catch (e) {
      showError(el, message, e, { image: t('label') });
    }
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void send(file);
    input.value = '';
  });
  o.dropZone.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    o.dropZone.classList.add('over');
  });
  o.dropZone.addEventListener('dragleave', () => o.dropZone.classList.remove('over'));
  o.dropZone.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    o.dropZone.classList.remove('over');
    if (!file) return;
    e.preventDefault();
    void send(file);
  });
  return el;
}
