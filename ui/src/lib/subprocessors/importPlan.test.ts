import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../bindings';
import { changesAnything, importErrors, summariseApplied, summarisePlan } from './importPlan';

const plan = (added: number, updated: number, unchanged: number) => ({ columns: [], ignored: [], rows: [], added, updated, unchanged }) as ImportPlan;

describe('import summaries', () => {
  it('say what the import would do, leaving out what is zero', () => {
    expect(summarisePlan(plan(3, 1, 2))).toBe('3 to add, 1 to update, 2 unchanged');
    expect(summarisePlan(plan(0, 0, 4))).toBe('4 unchanged');
    expect(summarisePlan(plan(0, 0, 0))).toBe('The file has no rows.');
  });

  it('say what the import did, with every count', () => {
    expect(summariseApplied(plan(2, 0, 1), 'vendors.csv')).toBe('Imported vendors.csv: 2 added, 0 updated, 1 unchanged.');
  });

  it('know when confirming changes nothing', () => {
    expect(changesAnything(plan(0, 0, 5))).toBe(false);
    expect(changesAnything(plan(0, 1, 0))).toBe(true);
  });
});

describe('import errors', () => {
  it('split the line from the column and sort by line, whole-file problems first', () => {
    const rows = importErrors([
      { field: 'line 12, Country', reason: "'Narnia' is not a country we know" },
      { field: 'line 4, Pays', reason: "'Atlantis' is not a country we know" },
      { field: 'file', reason: 'is not UTF-8 text' },
      { field: 'line 4, Website', reason: "'x' is not a web address" },
      { field: 'line 7', reason: 'cannot be read' },
    ]);
    expect(rows).toEqual([
      { line: null, column: 'file', reason: 'Is not UTF-8 text' },
      { line: 4, column: 'Pays', reason: "'Atlantis' is not a country we know" },
      { line: 4, column: 'Website', reason: "'x' is not a web address" },
      { line: 7, column: '', reason: 'Cannot be read' },
      { line: 12, column: 'Country', reason: "'Narnia' is not a country we know" },
    ]);
  });
});
