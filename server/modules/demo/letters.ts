import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { SYSTEM_ACTOR } from '../audit/record.js';
import { clients } from '../clients/tables.js';
import { confidentialMessages, confidentialReports } from '../confidential/tables.js';
import { normaliseCode } from '../confidential/vocabulary.js';
import { incidents } from '../incidents/tables.js';
import { DEFAULT_TEMPLATES } from '../letters/content.js';
import { loadLetterCase, storeLetter } from '../letters/service.js';
import { letterTemplates } from '../letters/tables.js';
import { dutchDate } from '../measures/rules.js';
import { clientMeasures } from '../measures/tables.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

/** The code with which the demo's anonymous confidential report can be followed (README). */
export const DEMO_CONFIDENTIAL_CODE = 'DEMO-VERT-ROUW-ELIJK-2026';

const DAY = 86_400_000;
const PHONE_LINE = 'U kunt ons ook bellen: 040 123 45 67 (maandag tot en met vrijdag, 9.00 tot 17.00 uur).';

/**
 * Letters in the demo: the safety officer's own version of the warning and civil-law templates, a written
 * warning for the client who swore on the phone with its PDF, and one anonymous confidential report (with a short
 * conversation) for the confidential counsellor. Runs after the incident demo data.
 */
export async function loadLetterDemoData(tx: Tx): Promise<void> {
  const byEmail = async (local: string) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(users.email, `${local}@${DEMO_DOMAIN}`));
    if (!row) throw new Error(`demo user ${local} missing`);
    return row;
  };
  const joost = await byEmail('leidinggevende');
  const safety = await byEmail('preventie');
  const counsellor = await byEmail('vertrouwenspersoon');
  const now = Date.now();

  for (const kind of ['written_warning', 'civil_letter'] as const) {
    const template = DEFAULT_TEMPLATES[kind];
    await tx.insert(letterTemplates).values({
      kind,
      version: 1,
      subject: template.subject,
      body: template.body.replace('{{contactPerson}}.\n\n', `{{contactPerson}}. ${PHONE_LINE}\n\n`),
      createdBy: safety.id,
      createdAt: new Date(now - 30 * DAY),
    });
  }

  const [ria] = await tx.select().from(clients).where(eq(clients.name, 'Ria Verbeek'));
  const [incident] = ria
    ? await tx
        .select()
        .from(incidents)
        .where(and(eq(incidents.clientId, ria.id), eq(incidents.channel, 'telephone')))
    : [];
  if (!ria || !incident) throw new Error('demo incident for the warning letter missing');
  const [warning] = await tx
    .insert(clientMeasures)
    .values({
      clientId: ria.id,
      incidentId: incident.id,
      kind: 'written_warning',
      reason: 'Schelden tegen een medewerker aan de telefoon.',
      status: 'decided',
      decidedBy: joost.id,
      decidedAt: new Date(now - 3 * DAY),
      startsOn: dutchDate(new Date(now - 3 * DAY)),
    })
    .returning({ id: clientMeasures.id });
  if (!warning) throw new Error('demo insert failed');
  const [template] = await tx
    .select()
    .from(letterTemplates)
    .where(and(eq(letterTemplates.kind, 'written_warning'), eq(letterTemplates.version, 1)));
  if (!template) throw new Error('demo template missing');
  await storeLetter(tx, SYSTEM_ACTOR, await loadLetterCase(tx, warning.id), {
    templateVersion: 1,
    subject: template.subject,
    body: template.body,
    contactPerson: joost.name,
    generatedBy: joost.id,
  });

  const [report] = await tx
    .insert(confidentialReports)
    .values({
      reference: 'VM-DEMO26',
      category: 'bullying',
      anonymous: true,
      description:
        'Een collega van het team maakt al weken opmerkingen over mijn werk waar anderen bij zijn, en laat mij ' +
        'buiten het teamoverleg. Vorige week zei hij in de pauze: "Jij hoort hier niet thuis."',
      involved: 'Een collega van hetzelfde team',
      wish: 'advice',
      occurredOn: dutchDate(new Date(now - 9 * DAY)),
      codeHash: createHash('sha256').update(normaliseCode(DEMO_CONFIDENTIAL_CODE)).digest('hex'),
      status: 'in_conversation',
      createdAt: new Date(now - 6 * DAY),
      updatedAt: new Date(now - 2 * DAY),
    })
    .returning({ id: confidentialReports.id });
  if (!report) throw new Error('demo insert failed');
  await tx.insert(confidentialMessages).values([
    {
      reportId: report.id,
      author: 'confidant',
      confidantId: counsellor.id,
      body: 'Dank u voor uw melding. Wat vervelend dat dit gebeurt. Wilt u er eens over praten? Dat kan ook buiten kantoor.',
      createdAt: new Date(now - 5 * DAY),
    },
    {
      reportId: report.id,
      author: 'reporter',
      body: 'Ja, graag. Liefst op een dinsdagmiddag.',
      createdAt: new Date(now - 2 * DAY),
    },
  ]);
}
