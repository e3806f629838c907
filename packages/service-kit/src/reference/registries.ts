/** The four registries a published program sits in, as navigator stores them. */
export type Registry = 'certified' | 'significant' | 'pre_professional' | 'other';

/** How people read the registries, in the order the region overview lists them. */
export const registryLabels: Record<Registry, string> = {
  certified: 'сертифицированная',
  significant: 'значимая',
  pre_professional: 'предпрофессиональная',
  other: 'иная',
};
