/** An <img> of a stored Blob. The object URL lives exactly as long as the element shows that blob. */
import { useCallback } from 'react';

export function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  // A ref callback with a cleanup (React 19): the URL is made when the element mounts or the blob
  // changes and revoked right after, so no URL outlives what it shows.
  const attach = useCallback(
    (image: HTMLImageElement | null) => {
      if (!image) return;
      const url = URL.createObjectURL(blob);
      image.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
  return <img ref={attach} alt={alt} className={className} />;
}
