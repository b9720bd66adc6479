/** The editor uses the engine's own presentation of names and explanations. */
export { Names, explainWhy } from '../core/present';
