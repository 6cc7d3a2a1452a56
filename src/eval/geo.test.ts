import { describe, expect, it } from 'vitest';
import { parseGeoGold } from './geo-gold.js';
import { countRecognition, errorAuc, errorKm, MAX_ERROR_KM, recognitionMetrics, resolutionMetrics } from './geo-score.js';

const lgl = `<?xml version="1.0"?><articles>
  <article docid="7"><title>t</title><text><![CDATA[Floods hit Paris, Texas & Dallas.]]></text>
    <toponyms count="2">
      <toponym><start>11</start><end>16</end><phrase>Paris</phrase>
        <gaztag geonameid="1"><name>Paris</name><lat>33.66</lat><lon>-95.56</lon></gaztag></toponym>
      <toponym><start>18</start><end>23</end><phrase>Texas</phrase></toponym>
      <toponym><start>90</start><end>99</end><phrase>beyond</phrase></toponym>
    </toponyms></article></articles>`;

const gwn = `<articles><article file="3"><title>t</title><text>Moscow said A &amp; B met in Oslo.</text><toponyms>
  <toponym><extractedName>Moscow</extractedName><type>Metonymic</type><start>0</start><end>6</end><latitude>55.75</latitude><longitude>37.61</longitude></toponym>
  <toponym><extractedName>Oslo</extractedName><type>Literal</type><start>25</start><end>29</end><geonamesID>3143244</geonamesID><latitude>59.91</latitude><longitude>10.75</longitude></toponym>
</toponyms></article></articles>`;

describe('parseGeoGold', () => {
  it('reads LGL articles with CDATA text and gaztag coordinates, skipping spans outside the text', () => {
    const { articles, skipped } = parseGeoGold(lgl, 'lgl.xml');
    expect(skipped).toBe(1);
    expect(articles).toEqual([{ id: '7', text: 'Floods hit Paris, Texas & Dallas.', toponyms: [{ start: 11, end: 16, lat: 33.66, lon: -95.56 }, { start: 18, end: 23 }] }]);
  });

  it('reads GeoWebNews articles with escaped text, types and coordinates', () => {
    const [article] = parseGeoGold(gwn, 'GWN.xml').articles;
    expect(article?.text.slice(25, 29)).toBe('Oslo');
    expect(article?.toponyms.map((t) => t.type)).toEqual(['Metonymic', 'Literal']);
  });

  it('rejects a file with no article', () => {
    expect(() => parseGeoGold('<html></html>', 'page.html')).toThrow(/E_EVAL_GEO_GOLD/);
  });
});

describe('geo scores', () => {
  it('counts exact and overlapping spans', () => {
    const c = { gold: 0, predicted: 0, exact: 0, overlapPredicted: 0, overlapGold: 0 };
    countRecognition([{ start: 0, end: 5 }, { start: 10, end: 20 }], [{ start: 0, end: 5 }, { start: 12, end: 15 }, { start: 30, end: 33 }], c);
    const m = recognitionMetrics(c);
    expect(m.exact).toEqual({ precision: 0.3333, recall: 0.5, f1: 0.4 });
    expect(m.overlap).toEqual({ precision: 0.6667, recall: 1, f1: 0.8 });
  });

  it('gives unresolved toponyms the largest error and scores accuracy, median and AUC', () => {
    expect(errorKm(undefined, { lat: 0, lon: 0 })).toBe(MAX_ERROR_KM);
    expect(errorAuc([0, 0, 0])).toBe(0);
    expect(errorAuc([MAX_ERROR_KM, MAX_ERROR_KM])).toBe(1);
    expect(resolutionMetrics([0, 100, 200, MAX_ERROR_KM])).toMatchObject({ resolved: 4, accuracy161: 0.5, medianKm: 150 });
  });
});
