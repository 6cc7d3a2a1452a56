export { findQuotes } from './quotes.js';
export { findQuotedStretches, type QuotedStretch } from './marks.js';
