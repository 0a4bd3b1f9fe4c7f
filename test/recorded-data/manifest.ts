// The recorded Hub data the tests read (docs/hub-api.md#recorded-data): where each file comes
// from and the sha256 of the bytes the tests were written against. A file whose hash differs is
// never used, so a test cannot pass or fail on data nobody checked.

export interface RecordedFile {
  /** Where the tests read it, relative to the recorded-data folder. */
  file: string;
  /** The public GitHub repository that recorded it, owner/name. */
  repo: string;
  /** The commit the file is taken at. */
  commit: string;
  /** Its path in that repository. */
  source: string;
  sha256: string;
}

const TRENDING_REPO = "park-onezero/daily-hf-trending";

/** One version of park-onezero's trending_cache.json; the local name carries the commit time. */
function trending(commit: string, committedAt: string, sha256: string): RecordedFile {
  return {
    file: `park-onezero-trending/trending_cache_${committedAt}.json`,
    repo: TRENDING_REPO,
    commit,
    source: "trending_cache.json",
    sha256,
  };
}

export const RECORDED_FILES: readonly RecordedFile[] = [
  {
    file: "namhyeokwoo-top-likes-downloads/2026-08-22.json",
    repo: "namhyeokwoo/huggingface-trending",
    commit: "99ceca72e61ee90e07248b445f3179c03511dd4f",
    source: "data/snapshots/2026-08-22.json",
    sha256: "d30d6f7fef7de7df174e12f65b2e23dcb55703b3444c85c5474e7a8861809e73",
  },
  trending(
    "a2da61b4fe4d7a92237cc2118a2148f7f62f33ca",
    "2026-03-02T1217Z",
    "e6e6e55a2d60223de7bc1a822c894a4fa4f81e4fa94d0286a03f6c6e884adff3",
  ),
  trending(
    "86dba58724cbcde6db8511905f2b53499c8ddf77",
    "2026-04-01T0641Z",
    "ffa6adb25e1b4ba3380f129cc7a8d402d3553cce1c5aa7187c2a41c97754b1c4",
  ),
  trending(
    "45e457162926f46feffb9f54cb67dbfdbf73a72b",
    "2026-05-01T0051Z",
    "1b20b135e6de6df7896651bfc000e67f181435866ea770cbe9991b69754553ab",
  ),
  trending(
    "782dd820020ac376b275ac7798af0d8c02e287e6",
    "2026-06-01T0101Z",
    "adecbd7a505ae47befcfad1ffee025bbed72cf33b3e08cc7eb4178b54b46c09c",
  ),
  trending(
    "56a7a055f9966c61f786ee4cd1b32f5b49ab942b",
    "2026-07-01T1844Z",
    "94d0eb3f90df759857a57bf82fa0d595238eff3b0027953103d3034523b13c84",
  ),
  trending(
    "78ee3e203c94901b21c6501e2a0ba67793e95736",
    "2026-08-01T1321Z",
    "20bde4cf91c5e1a253f4652462b3ae79cbf2d1f60a6ef2800e967cad451036fa",
  ),
  trending(
    "b2a4c7e10d0b4d035c6b946dfc040bbf27f2de40",
    "2026-08-22T1238Z",
    "49add6dacb643684f28326e8bf3891ca28ea3fdac6776682309724de86009e8e",
  ),
];
