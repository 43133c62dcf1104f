/**
 * Tables for the ziggurat method of normal variates (Marsaglia and Tsang 2000, in Doornik's
 * ZIGNOR form, 2005): 128 layers of equal area under the normal density. A draw picks a layer
 * at random and accepts at once in about 99% of cases; the rest take an exact edge or tail
 * test, so the variates are exactly normal.
 */

export const ZIGGURAT_LAYERS = 128;
/** Start of the tail: the rightmost layer boundary. */
export const ZIGGURAT_R = 3.442619855899;
/** Area of each layer. */
const LAYER_AREA = 9.91256303526217e-3;

/** X[i]: layer boundaries (X[0] is the base strip's virtual width, X[128] = 0). */
export const ZIGGURAT_X = new Float64Array(ZIGGURAT_LAYERS + 1);
/** RATIO[i] = X[i + 1] / X[i]: below it a point is inside the density for sure. */
export const ZIGGURAT_RATIO = new Float64Array(ZIGGURAT_LAYERS);

{
  let f = Math.exp(-0.5 * ZIGGURAT_R * ZIGGURAT_R);
  ZIGGURAT_X[0] = LAYER_AREA / f;
  ZIGGURAT_X[1] = ZIGGURAT_R;
  ZIGGURAT_X[ZIGGURAT_LAYERS] = 0;
  for (let i = 2; i < ZIGGURAT_LAYERS; i += 1) {
    const previous = ZIGGURAT_X[i - 1] ?? 0;
    const x = Math.sqrt(-2 * Math.log(LAYER_AREA / previous + f));
    ZIGGURAT_X[i] = x;
    f = Math.exp(-0.5 * x * x);
  }
  for (let i = 0; i < ZIGGURAT_LAYERS; i += 1) ZIGGURAT_RATIO[i] = (ZIGGURAT_X[i + 1] ?? 0) / (ZIGGURAT_X[i] ?? 1);
}
