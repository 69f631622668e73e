import { loadLinkCompression } from '../../src/state/linkCompression.ts';

// The app loads the link's DEFLATE codec on demand (before it reads or writes a compressed
// part); tests read and write links directly, so it is loaded before each file.
await loadLinkCompression();
