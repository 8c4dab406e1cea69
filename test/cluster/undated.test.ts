import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign } from '../../src/core/cluster/assign.ts';
import { createClusterState, storyOfArticle } from '../../src/core/cluster/state.ts';
import { profile } from './fixtures.ts';

const terms = ['summit', 'minsk', 'loan', 'gas', 'visit', 'kremlin', 'treaty'];
const persons = ['lukashenko', 'putin'];

test('assign: a story begun by an undated article is still current when the first dated article arrives', () => {
  const rows = [
    { name: 'undated first, dated second', days: [undefined, 18_506], same: true },
    { name: 'dated first, undated second', days: [18_506, undefined], same: true },
    { name: 'both dated, a day apart', days: [18_505, 18_506], same: true },
    { name: 'both dated, 40 days apart (outside the window)', days: [18_466, 18_506], same: false },
  ];
  for (const { name, days, same } of rows) {
    const state = createClusterState();
    assign(state, profile({ id: 'x1', lang: 'fr', day: days[0], terms, persons }));
    assign(state, profile({ id: 'x2', lang: 'fr', day: days[1], terms, persons }));
    assert.equal(storyOfArticle(state, 'x1') === storyOfArticle(state, 'x2'), same, name);
  }
});
