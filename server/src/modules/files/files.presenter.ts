// A file as its record's presenter shows it: metadata only, never the content.
import type { MediaType } from './files.service.js';

export interface FileSummary {
  id: number;
  name: string;
  mediaType: MediaType;
  sizeBytes: number;
  createdAt: string;
}

export const presentFileSummary = (r: {
  id: number;
  original_name: string;
  media_type: MediaType;
  size_bytes: number;
  created_at: Date;
}): FileSummary => ({
  id: r.id,
  name: r.original_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  createdAt: r.created_at.toISOString(),
});
