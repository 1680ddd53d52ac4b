/** Benchmark harness page (built only for the `bench` target): wiring only, see scripts/lib/bench/page-harness.tsx. */
import { installBenchHarness } from '../../scripts/lib/bench/page-harness';

installBenchHarness();
