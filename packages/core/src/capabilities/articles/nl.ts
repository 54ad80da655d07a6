import type { linkMessages } from './linkMessages';
import type { en } from './messages';

/** The articles' messages in Dutch. */
export const nl: Record<keyof typeof en | keyof typeof linkMessages, string> = {
  'home.step': 'Hulp bij deze stap',
  'home.page': 'Hulp bij deze pagina',
  'home.popular': 'Hulpartikelen',
  'home.empty': 'Er zijn nog geen hulpartikelen.',
  'articles.loading': 'Hulp laden…',
  'articles.error': 'De hulpartikelen konden niet worden geladen.',
  'articles.retry': 'Opnieuw proberen',
  'article.heading': 'Hulpartikel',
  'article.missing': 'Dit artikel is niet beschikbaar.',
  'article.related': 'Gerelateerde artikelen',
  'article.opensNewTab': '(opent in een nieuw tabblad)',
  'link.unsaved': 'Je hebt op deze pagina gegevens ingevuld die nog niet zijn opgeslagen. Als je de pagina verlaat, kun je ze kwijtraken.',
  'link.newTab': 'Openen in een nieuw tabblad',
  'link.leave': 'Pagina verlaten',
  'link.stay': 'Hier blijven',
};
