/**
 * zod's one global setting, imported for its effect by every module that declares schemas. Extension
 * pages and the service worker forbid eval (Manifest V3's CSP), so zod can never compile its parsers;
 * without `jitless` it still tries once with `new Function`, and the browser reports that attempt as a
 * Content-Security-Policy violation — noise that would hide a real one.
 */
import { z } from 'zod';

z.config({ jitless: true });
