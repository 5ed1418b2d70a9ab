/** The components authors use inside MDX modules, passed to `<Content components={…} />`. */
import BeyondSources from './BeyondSources.astro';
import ClauseQuote from './ClauseQuote.astro';
import Illustration from './Illustration.astro';
import KeyPoint from './KeyPoint.astro';
import Question from './Question.astro';
import SelfCheck from './SelfCheck.astro';
import SourceDifference from './SourceDifference.astro';

export const mdxComponents = { BeyondSources, ClauseQuote, Illustration, KeyPoint, Question, SelfCheck, SourceDifference };
