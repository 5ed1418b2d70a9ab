import type { APIRoute, GetStaticPaths } from 'astro';
import { reviewScenario } from '../../data/review';
import { scenarioStaticPaths } from '../../data/scenarios';

// One file per scenario with what the review needs to explain a missed choice, fetched by the
// review page only for the scenarios the learner missed something in: the page itself stays small.
export const getStaticPaths = (() => scenarioStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(reviewScenario(props.scenario));
