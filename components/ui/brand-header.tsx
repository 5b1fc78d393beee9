/** The Mkakati name, icon and tagline at the top of the side panel and the popup. */
import { useApp } from './settings-context';

export function BrandHeader() {
  const { t } = useApp();
  return (
    <header className="shell__header">
      <img src="/icon/32.png" alt="" width={24} height={24} />
      <div>
        <h1 className="shell__title">Mkakati</h1>
        <p className="shell__tagline">{t('app.tagline')}</p>
      </div>
    </header>
  );
}
