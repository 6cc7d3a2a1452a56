import { describe, expect, it } from 'vitest';
import { clusterKey } from './cluster-key.js';
import { formatClusters, parseClusters } from './clusters.js';

describe('clusterKey', () => {
  it('lowercases', () => {
    expect(clusterKey('MONDAY')).toBe('monday');
    expect(clusterKey('Germany')).toBe('germany');
  });

  it('turns every digit into 0 so years and prices share a key', () => {
    expect(clusterKey('1996')).toBe(clusterKey('2004'));
    expect(clusterKey('1996-08-22')).toBe('0000-00-00');
    expect(clusterKey('US$12.5')).toBe('us$00.0');
  });

  it('keeps punctuation, hyphens and clitics as they are', () => {
    expect(clusterKey("n't")).toBe("n't");
    expect(clusterKey('short-lived')).toBe('short-lived');
    expect(clusterKey('...')).toBe('...');
  });
});

const SMALL = [
  '# newsgraph word clusters v1 k-means k64/k256 (hand-written test file)',
  'monday\tk64:3\tk256:40',
  'germany\tk64:7\tk256:9',
  '0000\tk64:1\tk256:2',
  '',
].join('\n');

describe('parseClusters', () => {
  const clusters = parseClusters(SMALL);

  it('returns a word’s features in file order, through clusterKey', () => {
    expect(clusters.features('monday')).toEqual(['k64:3', 'k256:40']);
    expect(clusters.features('Monday')).toEqual(['k64:3', 'k256:40']);
    expect(clusters.features('GERMANY')).toEqual(['k64:7', 'k256:9']);
    expect(clusters.features('1996')).toEqual(['k64:1', 'k256:2']);
  });

  it('gives [] for a word it has no cluster for', () => {
    expect(clusters.features('tuesday')).toEqual([]);
    expect(clusters.features('')).toEqual([]);
  });

  it('reads the size and the header description', () => {
    expect(clusters.size).toBe(3);
    expect(clusters.description).toBe('k-means k64/k256 (hand-written test file)');
  });

  it('rejects a file without the header', () => {
    expect(() => parseClusters('monday\tk64:3\n')).toThrow(/E_CLUSTERS_FORMAT/);
  });

  it('reads back what formatClusters writes', () => {
    const text = formatClusters('test', [['said', ['k64:5', 'k256:17']], ['0.0', ['k64:2', 'k256:3']]]);
    expect(parseClusters(text).features('Said')).toEqual(['k64:5', 'k256:17']);
    expect(parseClusters(text).features('7.5')).toEqual(['k64:2', 'k256:3']);
  });
});
