import { describe, expect, it } from 'vitest';
import { csvCell, incidentsCsv } from './csv.js';

describe('incident CSV', () => {
  it('quotes separators and quotes, and keeps formulas from running', () => {
    expect(csvCell('Jansen; P.')).toBe('"Jansen; P."');
    expect(csvCell('zei "nee"')).toBe('"zei ""nee"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });
  it('writes a header, one line per incident in Dutch time, and a BOM for Excel', () => {
    const csv = incidentsCsv([
      {
        id: 'a',
        occurredAt: '2026-03-02T08:15:00.000Z',
        caseStatus: 'new',
        employeeName: 'Sanne de Vries',
        departmentName: 'Klantcontact',
        officeName: 'Kantoor Eindhoven',
        channel: 'desk',
        forms: ['verbal', 'threat'],
        phase: 3,
        clientName: '<b>Piet</b>',
        routeTo: 'manager',
        overdueTasks: 0,
      },
    ]);
    expect(csv.startsWith('\uFEFFid;datum_tijd;')).toBe(true);
    expect(csv).toContain(
      'a;2026-03-02 09:15;new;Sanne de Vries;Klantcontact;Kantoor Eindhoven;desk;"verbal,threat";3;<b>Piet</b>;manager;0',
    );
  });
});
