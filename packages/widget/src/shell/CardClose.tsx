/** A card's close button (top corner, inline end): the visitor's way to put a card away. */
export function CardClose({ label, situ, onClick }: { label: string; situ: string; onClick: () => void }) {
  return (
    <button type="button" class="card-close" data-situ={situ} aria-label={label} onClick={onClick}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
    </button>
  );
}
