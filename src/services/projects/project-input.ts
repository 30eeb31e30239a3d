// What a project form (or an import) sends to create or change a project.
// The internal fields travel in their own object, as they are stored apart.
import { z } from 'zod';
import { id, isoDate, kroner, optionalText, requiredText } from './input-fields.js';

export const projectInputSchema = z
  .object({
    reference: optionalText,
    title: requiredText,
    description: optionalText,
    owner: requiredText,
    committeeId: id,
    /** Null means the committee's own administration. */
    administrationId: id.nullish().transform((v) => v ?? null),
    goalIds: z.array(id).default([]),
    startOn: isoDate,
    endOn: isoDate,
    budgetKr: kroner.nullish().transform((v) => v ?? null),
    cofundingKr: kroner.default(0),
    fundingSource: optionalText,
    targetGroup: optionalText,
    contact: optionalText,
    ownerUserId: id.nullish().transform((v) => v ?? null),
    internal: z.object({ caseNumber: optionalText, internalNote: optionalText }).default({ caseNumber: null, internalNote: null }),
  })
  .refine((p) => p.endOn >= p.startOn, { message: 'must not be before the start', path: ['endOn'] })
  .refine((p) => p.budgetKr === null || p.cofundingKr <= p.budgetKr, {
    message: 'must not be larger than the whole budget',
    path: ['cofundingKr'],
  });

export type ProjectInput = z.input<typeof projectInputSchema>;
export type ValidProjectInput = z.output<typeof projectInputSchema>;
