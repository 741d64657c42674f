import { apa } from './apa.ts';
import { bibtex } from './bibtex.ts';
import { chicago } from './chicago.ts';
import { ris } from './ris.ts';
import type { CitableWork, CitationStyle, Part } from './work.ts';

const formatters: Record<CitationStyle, (w: CitableWork) => Part[]> = { apa, chicago, bibtex, ris };

/**
 * A work cited in one style, as parts (text, italics, the access date).
 * @example formatCitation('ris', work)[0] // { text: 'TY  - ELEC\n…' }
 */
export const formatCitation = (style: CitationStyle, work: CitableWork): Part[] => formatters[style](work);
