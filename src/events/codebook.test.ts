import { describe, expect, it } from 'vitest';
import { cameoCode, goldstein, plover, quadClass, quadClassOfRoot } from './index.js';

// Values checked by hand in CAMEO.goldsteinscale.txt, CAMEO2PLOVER-2021.txt and CAMEO.2.0.txt.
describe('CAMEO codebook (models/cameo.json.gz)', () => {
  it('reads 195, employ aerial weapons, as root 19, material conflict, Goldstein −10', () => {
    expect(cameoCode('195')).toMatchObject({ root: '19', base: '195', quadClass: 4, goldstein: -10, goldsteinFrom: 'own', description: 'Employ aerial weapons' });
    expect(plover('195')).toEqual({ type: 'ASSAULT', mode: 'heavy-weapons', context: ['military'] });
  });

  it('reads 036 (intent to meet) and 042 (make a visit) as verbal cooperation', () => {
    expect(quadClass('036')).toBe(1);
    expect(goldstein('036')).toBe(4);
    expect(plover('036')).toEqual({ type: 'AGREE', context: ['diplomatic'] });
    expect(cameoCode('042')).toMatchObject({ root: '04', quadClass: 1, goldstein: 1.9, plover: { type: 'CONSULT', mode: 'visit' }, verbs: ['visit'] });
  });

  it('gives 1213, missing from the Goldstein table, its base 121’s value', () => {
    expect(cameoCode('1213')).toMatchObject({ base: '121', quadClass: 3, goldstein: -4, goldsteinFrom: 'base' });
  });

  it('has no PLOVER reading for the verbal roots 01 and 02', () => {
    expect(plover('010')).toBeUndefined();
    expect(goldstein('010')).toBe(0);
  });

  it('knows nothing of codes CAMEO lacks', () => {
    expect(cameoCode('999')).toBeUndefined();
    expect(quadClass('21')).toBeUndefined();
    expect(goldstein('')).toBeUndefined();
  });

  it('groups roots as GDELT does', () => {
    expect(['01', '05', '06', '09', '10', '14', '15', '20', '00', '21'].map(quadClassOfRoot)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, undefined, undefined]);
  });
});
