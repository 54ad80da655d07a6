// What loading a knowledge base from `articlesUrl` needs, as one lazy chunk: the file read as it
// arrives, and its stamp checked, both in slices. A page with inline articles only never loads it.
export { readArticlesFile } from './readArticlesFile';
export { isArticlesFileChecked } from '../../config/articlesStamp';
