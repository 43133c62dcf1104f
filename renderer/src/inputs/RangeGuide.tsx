/**
 * How to give an honest range: what a 90% interval means and how to think about the low and
 * the high. Users of other risk tools ask for exactly this.
 */
export function RangeGuide() {
  return (
    <details className="range-guide">
      <summary>How to give an honest range</summary>
      <p>
        A range is your low and high guess such that you would be <strong>90% sure</strong> the true value lies between
        them: wrong only one time in ten.
      </p>
      <ul>
        <li>
          <strong>Low:</strong> a value you would be surprised to see undercut: only a 1-in-20 chance of anything lower.
        </li>
        <li>
          <strong>High:</strong> the same on the other side: a 1-in-20 chance of anything higher. Think of the worst case you
          have seen or read about, then ask whether it could be worse.
        </li>
        <li>
          <strong>Most likely:</strong> the value you would bet on if you had to pick one.
        </li>
      </ul>
      <p>
        Most people give ranges that are too narrow. Test yourself: would you rather bet on your range, or on a spin that
        wins nine times in ten? If you prefer the spin, widen the range.
      </p>
      <p>
        Choose <em>90% range, long tail</em> for costs that are usually modest but occasionally huge (ransom, recovery); the
        low and high are then its 5th and 95th percentiles.
      </p>
    </details>
  );
}
