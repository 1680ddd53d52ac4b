/**
 * Truncated SVD of a sparse (CSR) matrix by the randomised range finder with power iterations
 * (Halko, Martinsson & Tropp 2011), in plain TypeScript: enough for a PPMI word–context matrix of
 * some 20k × 8k. Used offline by scripts/word-vectors.ts.
 */

/** A sparse row-major matrix. */
export interface Csr {
  rows: number;
  cols: number;
  /** Row start offsets (length rows + 1), column indices and values of the non-zeros. */
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

/** Dense matrix stored as an array of columns. */
type Cols = Float64Array[];

function mulM(m: Csr, x: Cols): Cols {
  return x.map((col) => {
    const out = new Float64Array(m.rows);
    for (let r = 0; r < m.rows; r++) {
      let s = 0;
      for (let p = m.ptr[r]; p < m.ptr[r + 1]; p++) s += m.val[p] * col[m.idx[p]];
      out[r] = s;
    }
    return out;
  });
}

function mulMt(m: Csr, y: Cols): Cols {
  return y.map((col) => {
    const out = new Float64Array(m.cols);
    for (let r = 0; r < m.rows; r++) {
      const v = col[r];
      if (v === 0) continue;
      for (let p = m.ptr[r]; p < m.ptr[r + 1]; p++) out[m.idx[p]] += m.val[p] * v;
    }
    return out;
  });
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Orthonormalises the columns in place (modified Gram–Schmidt, twice for stability). */
function orthonormalise(q: Cols): Cols {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < q.length; j++) {
      for (let i = 0; i < j; i++) {
        const d = dot(q[i], q[j]);
        for (let k = 0; k < q[j].length; k++) q[j][k] -= d * q[i][k];
      }
      const n = Math.sqrt(dot(q[j], q[j])) || 1;
      for (let k = 0; k < q[j].length; k++) q[j][k] /= n;
    }
  }
  return q;
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi): [eigenvalues, eigenvector columns]. */
function jacobi(a: Float64Array[], sweeps = 60): [number[], Float64Array[]] {
  const n = a.length;
  const v = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let s = 0; s < sweeps; s++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-15) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - sn * akq; a[k][q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - sn * aqk; a[q][k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - sn * vkq; v[k][q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const values = a.map((row, i) => row[i]);
  const vectors = Array.from({ length: n }, (_, j) => Float64Array.from({ length: n }, (_, k) => v[k][j]));
  return [values, vectors];
}

/**
 * Top-`rank` left singular vectors and singular values of `m`, descending. `seed` fixes the random
 * test matrix so runs are reproducible.
 */
export function truncatedSvd(m: Csr, rank: number, powerIterations = 3, seed = 1): { u: Cols; sigma: number[] } {
  const k = rank + 16;
  let s = seed >>> 0;
  const rand = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const omega: Cols = Array.from({ length: k }, () => Float64Array.from({ length: m.cols }, gauss));
  let q = orthonormalise(mulM(m, omega));
  for (let i = 0; i < powerIterations; i++) q = orthonormalise(mulM(m, orthonormalise(mulMt(m, q))));
  const bt = mulMt(m, q);
  const g = Array.from({ length: k }, (_, i) => Float64Array.from({ length: k }, (_, j) => dot(bt[i], bt[j])));
  const [values, vectors] = jacobi(g);
  const order = values.map((_, i) => i).sort((x, y) => values[y] - values[x]).slice(0, rank);
  const u = order.map((e) => {
    const col = new Float64Array(m.rows);
    for (let j = 0; j < k; j++) { const w = vectors[e][j]; for (let r = 0; r < m.rows; r++) col[r] += w * q[j][r]; }
    return col;
  });
  return { u, sigma: order.map((e) => Math.sqrt(Math.max(0, values[e]))) };
}
