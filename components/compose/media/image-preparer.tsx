/**
 * Preparing an image for the variant's platform: a preset (exact pixels), where to cut (focus and zoom),
 * text on it in the brand colour, format and quality. The preview is drawn live with the browser's own
 * scaling (fast); "Prepare" runs the real pipeline (utils/media/prepare-image.ts: pica resize, byte
 * budget) and saves the result as a new file of the post, saying its size and quality.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, use, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { DEFAULT_BRAND_COLOR, getBrand } from '@/storage/brand';
import { savePreparedImage } from '@/storage/media';
import type { Media, Post } from '@/storage/schemas';
import { formatBytes } from '@/utils/i18n/format';
import { cropRect, MAX_ZOOM, type CropChoice } from '@/utils/media/crop';
import { OverBudgetError, type OutputType } from '@/utils/media/fit-bytes';
import { drawOverlay, type Overlay, type OverlayKind } from '@/utils/media/overlay';
import { prepareImage } from '@/utils/media/prepare-image';
import { IMAGE_MAX_BYTES, presetsFor, ratioLabel, type KnownPreset } from '@/utils/media/presets';

const PREVIEW_WIDTH = 320;
const decoded = new WeakMap<Blob, Promise<ImageBitmap>>();
/** The source decoded once per blob, for `use()` (a stable promise per file). */
function decode(blob: Blob): Promise<ImageBitmap> {
  let promise = decoded.get(blob);
  if (!promise) decoded.set(blob, (promise = createImageBitmap(blob, { imageOrientation: 'from-image' })));
  return promise;
}

export function ImagePreparer(props: { source: Media; variant: Post; onClose: () => void }) {
  const { t } = useApp();
  return (
    <Suspense fallback={<p className="status">{t('media.decoding')}</p>}>
      <Preparer {...props} />
    </Suspense>
  );
}

function Preparer({ source, variant, onClose }: { source: Media; variant: Post; onClose: () => void }) {
  const { t, locale } = useApp();
  const id = useId();
  const bitmap = use(decode(source.blob));
  const brand = useLiveQuery(getBrand);
  const presets = presetsFor(variant.platform);
  const [presetId, setPresetId] = useState<string>(presets[0]!.id);
  const [crop, setCrop] = useState<CropChoice>({ focusX: 0.5, focusY: 0.5, zoom: 1 });
  const [kind, setKind] = useState<OverlayKind>('none');
  const [text, setText] = useState('');
  const [type, setType] = useState<OutputType>('image/jpeg');
  const [quality, setQuality] = useState(0.9);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const preset = presets.find((candidate) => candidate.id === presetId) ?? presets[0]!;
  const color = brand?.color ?? DEFAULT_BRAND_COLOR;
  // A watermark says the brand's name unless the manager typed something else.
  const brandName = brand?.name ?? '';
  const overlay = useMemo<Overlay>(() => ({ kind, color, text: kind === 'watermark' && text.trim() === '' ? brandName : text }), [kind, color, text, brandName]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const maxBytes = IMAGE_MAX_BYTES[variant.platform];

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const width = PREVIEW_WIDTH;
    const height = Math.round((PREVIEW_WIDTH * preset.height) / preset.width);
    element.width = width;
    element.height = height;
    const region = cropRect(bitmap.width, bitmap.height, preset.width, preset.height, crop);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, region.x, region.y, region.width, region.height, 0, 0, width, height);
    drawOverlay(context, width, height, overlay);
  }, [bitmap, preset, crop, overlay]);

  async function prepare() {
    setBusy(true);
    setSaid(null);
    try {
      const prepared = await prepareImage({ source: source.blob, width: preset.width, height: preset.height, crop, overlay, type, quality, maxBytes });
      await savePreparedImage(variant.id, source.id, { blob: prepared.blob, type: prepared.type, width: prepared.width, height: prepared.height, quality: prepared.quality, preset: preset.id });
      const facts = { width: prepared.width, height: prepared.height, size: formatBytes(locale, prepared.bytes) };
      const line = prepared.quality === null ? t('media.preparedLossless', facts) : t('media.prepared', { ...facts, percent: Math.round(prepared.quality * 100) });
      setSaid({ ok: true, text: prepared.enlarged ? `${line} ${t('media.enlarged')}` : line });
    } catch (error) {
      console.warn('[mkakati] prepare image failed', error);
      const text =
        error instanceof OverBudgetError
          ? t('media.overBudget', { size: formatBytes(locale, error.bytes), limit: formatBytes(locale, error.budget), platform: t(`platform.${variant.platform}`) })
          : t('media.prepareFailed');
      setSaid({ ok: false, text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="compose-media__preparer" role="group" aria-labelledby={`${id}-title`} data-testid="image-preparer">
      <h5 id={`${id}-title`}>{t('media.preparing', { name: source.name })}</h5>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{t('media.preset')}</label>
        <Select id={`${id}-preset`} value={preset.id} options={presets.map((option) => ({ value: option.id, label: presetLabel(t, option) }))} onChange={setPresetId} />
      </div>
      <canvas ref={canvas} className="compose-media__preview" role="img" aria-label={t('media.previewLabel', { preset: presetLabel(t, preset) })} />
      <Slider id={`${id}-x`} label={t('media.focusX')} value={crop.focusX * 100} min={0} max={100} onChange={(value) => setCrop({ ...crop, focusX: value / 100 })} />
      <Slider id={`${id}-y`} label={t('media.focusY')} value={crop.focusY * 100} min={0} max={100} onChange={(value) => setCrop({ ...crop, focusY: value / 100 })} />
      <Slider id={`${id}-zoom`} label={t('media.zoom')} value={crop.zoom * 100} min={100} max={MAX_ZOOM * 100} onChange={(value) => setCrop({ ...crop, zoom: value / 100 })} />
      <div className="field">
        <label htmlFor={`${id}-overlay`}>{t('media.overlay')}</label>
        <Select id={`${id}-overlay`} value={kind} options={(['none', 'caption', 'watermark'] as const).map((value) => ({ value, label: t(`media.overlay.${value}`) }))} onChange={(value) => setKind(value as OverlayKind)} />
      </div>
      {kind !== 'none' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('media.overlayText')}</label>
          <input id={`${id}-text`} type="text" maxLength={140} value={text} placeholder={kind === 'watermark' ? (brand?.name ?? '') : ''} aria-describedby={`${id}-color`} onChange={(event) => setText(event.target.value)} />
          <small id={`${id}-color`}>{t('media.brandColor', { color })}</small>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('media.format')}</label>
        <Select id={`${id}-type`} value={type} options={[{ value: 'image/jpeg', label: 'JPEG' }, { value: 'image/png', label: 'PNG' }]} onChange={(value) => setType(value as OutputType)} />
      </div>
      {type === 'image/jpeg' && <Slider id={`${id}-quality`} label={t('media.qualityLabel')} value={Math.round(quality * 100)} min={50} max={100} onChange={(value) => setQuality(value / 100)} />}
      <p className="help">{t('media.limit', { platform: t(`platform.${variant.platform}`), limit: formatBytes(locale, maxBytes) })}</p>
      <div className="toolbar">
        <button type="button" className="button" disabled={busy} onClick={() => void prepare()}>{busy ? t('media.working') : t('media.prepare')}</button>
        <button type="button" className="button button--quiet" onClick={onClose}>{t('media.close')}</button>
      </div>
      {said && (
        <p role={said.ok ? 'status' : 'alert'} className={`status ${said.ok ? 'status--ok' : 'status--error'}`}>{said.text}</p>
      )}
    </div>
  );
}

function presetLabel(t: ReturnType<typeof useApp>['t'], preset: KnownPreset): string {
  return t('media.presetOption', { name: t(`media.preset.${preset.id}`), width: preset.width, height: preset.height, ratio: ratioLabel(preset.width, preset.height) });
}

function Slider({ id, label, value, min, max, onChange }: { id: string; label: string; value: number; min: number; max: number; onChange: (value: number) => void }) {
  return (
    <div className="field compose-media__slider">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={1} value={Math.round(value)} onChange={(event) => onChange(Number(event.target.value))} />
    </div>
  );
}
