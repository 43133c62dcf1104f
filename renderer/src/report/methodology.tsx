/** The report's methodology appendix: how the numbers are made, what they leave out, and the sources. */
import { citeSource, type SourceId } from '../../../shared/sources/sources';

export function Methodology({ sourceIds, trials, seed }: Readonly<{ sourceIds: readonly SourceId[]; trials: number; seed: number }>) {
  return (
    <section className="report-section report-appendix" aria-labelledby="report-methodology">
      <h2 id="report-methodology">Appendix: how the figures are made</h2>
      <h3>Simulated years</h3>
      <p>
        Aftermath simulates {trials.toLocaleString()} years (seed {seed}). In each year every threat strikes a number of times drawn from a Poisson
        distribution whose rate is itself drawn from the threat’s frequency range, so both the luck of the year and the uncertainty in the rate show in
        the results. Each incident draws every uncertain input (a PERT, triangular, uniform or lognormal range) and is costed line by line: detection and
        escalation, notification, post-breach response (monitoring, legal defence, settlements, fines, card assessments), business disruption
        (lost operations over the outage and the ramp back up, cancelled care, extra operating costs), recovery (IT rebuild, ransom if paid) and lost
        business (customers who leave). Per-person costs fall as breaches grow, following a published log-log fit; fines respect the caps of the
        regulation that applies.
      </p>
      <h3>Reading the figures</h3>
      <p>
        The expected annual loss is the mean over the simulated years. The 1-in-20 and 1-in-100-year losses are the 95th and 99th percentiles of the
        year’s total (value at risk); the exceedance curve gives, for any loss, the share of years that cost more. The same seed and number of years
        always give the same figures on any machine; the footer of every page names them and the SHA-256 of the scenario file, so anyone can check the
        inputs behind the report.
      </p>
      <h3>Insurance, controls, drivers and appetite</h3>
      <p>
        Insurance is applied incident by incident (exclusions, waiting period, retention, coinsurance, sublimits) and then year by year through each
        layer’s limit. Each proposed control is valued by running the same simulated years with and without it (common random numbers), so its saving is
        not simulation noise; its return is the saving less its annualised cost, over that cost. The drivers of the loss come from a one-at-a-time tornado:
        each uncertain input is fixed at its low and at its high while every other input keeps its range, on the same random numbers. Risk appetite is
        read off the same exceedance curve the report draws.
      </p>
      <h3>What the model leaves out</h3>
      <p>
        Incidents within a year are independent of one another; correlated campaigns across threats, reputational effects beyond customer loss, and
        changes in the threat landscape over time are not modelled. Every default is a published figure or a labelled assumption, listed with its source
        in the assumptions table; where a figure is the user’s own, the table says so.
      </p>
      {sourceIds.length > 0 && (
        <>
          <h3>Sources cited in this report</h3>
          <ol className="report-references">
            {sourceIds.map((id) => (
              <li key={id}>{citeSource(id)}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
