/**
 * Screens where the hub is a full-screen modal dialog rather than a panel beside the page:
 * phones, phone landscape, and 200 % zoom. Keep in step with the same media query in widget.css.
 */
export const NARROW_QUERY = '(max-width: 479.98px), (max-height: 499.98px)';
