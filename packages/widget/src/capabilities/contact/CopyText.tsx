import { useState } from 'preact/hooks';

/** The visitor's own text, shown and copyable: what they wrote is never lost with a message. */
export function CopyText({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => {},
    );
  return (
    <>
      <p class="copy-text" data-situ="contact-text">
        {text}
      </p>
      <div class="actions">
        <button type="button" class="button" data-situ="contact-copy" onClick={copy}>
          {copied ? done : label}
        </button>
      </div>
    </>
  );
}
