import { expect, it } from 'vitest';
import { onlyFlags } from './args.js';

it('accepts a script\'s own flags and refuses anything else before any work', () => {
  expect(() => onlyFlags(['epochs', 'out'], ['final'], ['--epochs', '12', '--final', '--out', '/tmp/m.bin.gz'])).not.toThrow();
  expect(() => onlyFlags(['epochs'], ['final'], ['--help'])).toThrow(/E_TRAIN_FLAG: unexpected argument "--help"; this script takes --epochs VALUE, --final/);
  expect(() => onlyFlags(['epochs'], [], ['--epoch', '12'])).toThrow(/unexpected argument "--epoch"/);
  expect(() => onlyFlags(['epochs'], [], ['--epochs'])).toThrow(/"--epochs" without a value/);
  expect(() => onlyFlags(['epochs'], [], ['12'])).toThrow(/unexpected argument "12"/);
});
