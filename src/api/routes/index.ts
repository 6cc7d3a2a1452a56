import type { Route } from '../route.js';
import { analyzeRoutes } from './analyze.js';
import { articleRoutes } from './articles.js';
import { entityRoutes } from './entities.js';
import { eventRoutes } from './events.js';
import { placeRoutes } from './places.js';
import { quoteRoutes } from './quotes.js';
import { statsRoutes } from './stats.js';

/** Every API route; adding a group of routes is adding its array here. */
export const ROUTES: readonly Route[] = [...statsRoutes, ...articleRoutes, ...entityRoutes, ...quoteRoutes, ...eventRoutes, ...placeRoutes, ...analyzeRoutes];
