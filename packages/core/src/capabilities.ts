import { articles } from './capabilities/articles/articles';
import { ask } from './capabilities/ask/ask';
import { confirm } from './capabilities/confirm/confirm';
import { contact } from './capabilities/contact/contact';
import { hints } from './capabilities/hints/hints';
import { hub } from './capabilities/hub/hub';
import { i18n } from './capabilities/i18n/i18n';
import { journey } from './capabilities/journey/journey';
import { outbox } from './capabilities/outbox/outbox';
import { page } from './capabilities/page/page';
import { reading } from './capabilities/reading/reading';
import { reassure } from './capabilities/reassure/reassure';
import { search } from './capabilities/search/search';
import { stuff } from './capabilities/stuff/stuff';
import { theme } from './capabilities/theme/theme';
import { visitor } from './capabilities/visitor/visitor';

/**
 * Situ's capabilities, composed by the kernel in this order: each may `use` those before it.
 * Adding one is a folder under `capabilities/` and one line here.
 */
export const capabilities = [theme, page, journey, visitor, i18n, articles, hub, search, reading, hints, reassure, confirm, ask, outbox, contact, stuff] as const;

/** The capabilities' types, as one list. */
export type Capabilities = typeof capabilities;
