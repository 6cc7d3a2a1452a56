import { createDoc, type Place } from '../../doc/index.js';
import { createAnalyzer } from '../../engine/analyze.js';
import { sharedGazetteer } from '../../geo/gazetteer.js';
import { DEFAULT_STAGES } from '../../nlp/index.js';
import { resolveSpans } from '../../nlp/places/index.js';
import { countryContainer } from '../geo-country.js';
import { NOT_TOPONYMS, readGeoGold, type GoldToponym } from '../geo-gold.js';
import { ACCURACY_KM, countRecognition, errorKm, overlaps, recognitionMetrics, resolutionMetrics, type RecognitionCounts } from '../geo-score.js';
import { limitFlag } from '../segmentation.js';
import type { EvalTask } from '../task.js';

const located = (g: GoldToponym): g is GoldToponym & { lat: number; lon: number } => g.lat !== undefined && g.lon !== undefined;
const point = (p: Place | undefined) => (p?.lat !== undefined && p.lon !== undefined ? { lat: p.lat, lon: p.lon } : undefined);

/**
 * Geoparsing against LGL / TR-News or GeoWebNews XML. Each article goes through the default
 * pipeline; its places layer is scored for recognition (precision/recall/F1 by exact span and by
 * overlap, every place counted, metonymic and demonym uses included) against the gold toponyms
 * (for GeoWebNews, every type but expressions, non-toponyms, homonyms and languages). Resolution
 * is scored twice on gold toponyms with coordinates: `pipeline`, the places the pipeline found
 * overlapping them; `goldSpans`, the resolver run on the gold spans themselves (recognition
 * taken as given, as resolution-only papers report). An unresolved toponym counts as wrong, at
 * 20,039 km. A third figure counts a toponym resolved to a country right when the gold point lies
 * inside that country (see {@link countryContainer} for why). See docs/benchmarks.md for the AUC.
 *
 * @example
 * newsgraph eval geo --gold ../shared/data/geoparsing-lgl/lgl.xml
 */
export const task: EvalTask = {
  name: 'geo',
  description: 'toponym recognition P/R/F1 and resolution accuracy@161km, mean/median km, AUC vs LGL or GeoWebNews XML (--gold FILE)',
  async run({ gold, flags, report }) {
    const { articles: all, skipped } = await readGeoGold(gold);
    const articles = all.slice(0, limitFlag(flags) ?? Infinity);
    const analyzer = createAnalyzer({ stages: DEFAULT_STAGES, errors: 'record' });
    const gaz = sharedGazetteer();
    const verbose = flags['verbose'] === true;
    const counts: RecognitionCounts = { gold: 0, predicted: 0, exact: 0, overlapPredicted: 0, overlapGold: 0 };
    const pipelineErrors: number[] = [];
    const contains = countryContainer();
    let countryRight = 0;
    const goldSpanErrors: number[] = [];
    const started = performance.now();
    for (const article of articles) {
      const doc = analyzer.analyze(createDoc(article.text, { format: 'text' }));
      const places = doc.layers.places ?? [];
      const toponyms = article.toponyms.filter((t) => t.type === undefined || !NOT_TOPONYMS.has(t.type));
      countRecognition(toponyms, places, counts);
      const targets = toponyms.filter(located);
      for (const g of targets) {
        const found = places.find((p) => overlaps(p, g));
        if (!found) continue;
        const error = errorKm(point(found), g);
        pipelineErrors.push(error);
        const inCountry = found.placeClass === 'country' && found.country !== undefined && contains?.(found.country, g.lat, g.lon);
        if (error <= ACCURACY_KM || inCountry) countryRight += 1;
      }
      const resolved = resolveSpans(doc, targets, gaz);
      targets.forEach((g) => {
        const p = resolved.find((r) => r.start === g.start && r.end === g.end);
        const error = errorKm(point(p), g);
        goldSpanErrors.push(error);
        if (verbose && error > 161) report(`  miss ${article.id}: ${doc.text.slice(g.start, g.end)} → ${p?.name ?? 'unresolved'} ${p?.country ?? ''} (${Math.round(error)} km)`);
      });
    }
    const ms = performance.now() - started;
    const recognition = recognitionMetrics(counts);
    const pipeline = resolutionMetrics(pipelineErrors);
    const goldSpans = resolutionMetrics(goldSpanErrors);
    const res = (label: string, m: ReturnType<typeof resolutionMetrics>) =>
      `  ${label.padEnd(10)} ${m.resolved} toponyms: acc@161km ${m.accuracy161}, mean ${m.meanKm} km, median ${m.medianKm} km, AUC ${m.auc}`;
    report(`geo: ${articles.length} articles from ${gold}${skipped ? ` (${skipped} gold toponyms with bad offsets skipped)` : ''}`);
    report(`  recognition gold ${recognition.gold}, predicted ${recognition.predicted}; exact P ${recognition.exact.precision} R ${recognition.exact.recall} F1 ${recognition.exact.f1}; ` +
      `overlap P ${recognition.overlap.precision} R ${recognition.overlap.recall} F1 ${recognition.overlap.f1}`);
    report(res('pipeline', pipeline));
    report(res('gold spans', goldSpans));
    const byArea = contains ? Math.round((countryRight / Math.max(1, pipelineErrors.length)) * 10000) / 10000 : null;
    if (byArea !== null) report(`  pipeline, a country counted right when the gold point lies in it: acc@161km ${byArea}`);
    report(`  ${(ms / Math.max(1, articles.length)).toFixed(1)} ms per article (whole pipeline)`);
    return { task: 'geo', articles: articles.length, recognition, resolution: { pipeline, goldSpans, pipelineCountryByArea: byArea } };
  },
};
