// A refused save said in the user's language: the field's label and the kind of problem with its limit.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValidation, validationDetail, validationParams } from '@/components/ui/describe-validation';
import { ValidationError, parseRow } from '@/storage/validation';
import { translate, type MessageKey, type MessageParams } from '@/utils/i18n/translate';

const sw = (key: MessageKey, params?: MessageParams) => translate('sw', 'sw-KE', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', 'en-KE', key, params);

const schema = z.strictObject({
  title: z.string().min(1).max(200),
  hashtags: z.array(z.string()).max(30),
  target: z.number().min(1).max(1_000_000),
  localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.enum(['draft', 'scheduled']),
  mystery: z.string(),
});
const valid = { title: 'Cupping Friday', hashtags: [], target: 10, localDate: '2026-11-27', status: 'draft', mystery: '' };

function refusal(row: unknown): ValidationError {
  try {
    parseRow(schema, row);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('the row was accepted');
}

describe('a refused save in the user’s language', () => {
  it('gives each kind of schema problem a code and its limit', () => {
    expect(refusal({ ...valid, title: 'x'.repeat(201) })).toMatchObject({ field: 'title', code: 'too-long', params: { limit: 200 } });
    expect(refusal({ ...valid, title: '' })).toMatchObject({ field: 'title', code: 'required' });
    expect(refusal({ ...valid, hashtags: Array.from({ length: 31 }, () => 'kahawa') })).toMatchObject({ field: 'hashtags', code: 'too-many', params: { limit: 30 } });
    expect(refusal({ ...valid, target: 0 })).toMatchObject({ field: 'target', code: 'too-small', params: { limit: 1 } });
    expect(refusal({ ...valid, target: 2_000_000 })).toMatchObject({ field: 'target', code: 'too-big', params: { limit: 1_000_000 } });
    expect(refusal({ ...valid, localDate: '27/11/2026' })).toMatchObject({ field: 'localDate', code: 'invalid-format' });
    expect(refusal({ ...valid, status: 'sent' })).toMatchObject({ field: 'status', code: 'invalid-value' });
    const { mystery: _, ...withoutMystery } = valid;
    expect(refusal(withoutMystery)).toMatchObject({ field: 'mystery', code: 'missing' });
    expect(refusal({ ...valid, mystery: 7 })).toMatchObject({ field: 'mystery', code: 'wrong-type' });
  });

  it('says them in Kiswahili and in English, the field by its label', () => {
    const tooLong = refusal({ ...valid, title: 'x'.repeat(201) });
    expect(describeValidation(tooLong, sw)).toBe('Kichwa: isizidi herufi 200');
    expect(describeValidation(tooLong, en)).toBe('Title: at most 200 characters');
    expect(validationParams(refusal({ ...valid, localDate: 'kesho' }), sw)).toEqual({ field: 'Tarehe', detail: 'haiko katika muundo unaotarajiwa' });
    expect(describeValidation(refusal({ ...valid, target: 2_000_000 }), en)).toBe('target: at most 1,000,000');
  });

  it('keeps the name of a field with no label, and the words of an error with no code', () => {
    expect(describeValidation(refusal({ ...valid, mystery: 7 }), sw)).toBe('mystery: si ya aina sahihi');
    expect(describeValidation(new ValidationError('localDate', 'Weka tarehe kwanza'), sw)).toBe('Tarehe: Weka tarehe kwanza');
  });

  it('says the repositories’ own rules', () => {
    expect(validationDetail(new ValidationError('end', 'the campaign ends before it starts', 'ends-before-start'), sw)).toBe('inaisha kabla haijaanza');
    expect(describeValidation(new ValidationError('mediaIds', 'at most 20 files per post', 'too-many-files', { limit: 20 }), en)).toBe('Images and video: at most 20 files per post');
  });
});
