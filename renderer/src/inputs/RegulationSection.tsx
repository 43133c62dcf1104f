/** Regulation: the fine regime, its tier and caps, the chance and size of a fine. */
import { GDPR_TIERS, HIPAA_CAP_BASES, HIPAA_TIERS, HIPAA_TIER_LABELS, REGIME_RULES, type GdprTier, type HipaaCapBasis, type HipaaTier } from '../../../shared/model/regimes';
import { REGIMES, REGIME_LABELS, type Regime } from '../../../shared/model/vocabulary';
import { getAt } from '../workspace/draftPath';
import { ChoiceField } from './ChoiceField';
import { useEditor } from './editorContext';
import { field, maxFor } from './fields';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { UncertainField } from './UncertainField';

const CAP_BASIS_LABELS: Readonly<Record<HipaaCapBasis, string>> = {
  enforcementDiscretion: 'OCR enforcement discretion (lower caps, current practice)',
  statutory: 'Statutory cap (2,190,294 USD for every tier)',
};

export function RegulationSection() {
  const editor = useEditor();
  const doc = editor.state.doc;
  const regime = (getAt(doc, 'regulation.regime') as Regime | undefined) ?? 'none';
  const currency = String(getAt(doc, 'currency') ?? 'USD');
  const setRegime = (next: Regime) => {
    if (next === 'none') editor.setValue('regulation', { regime: 'none' });
    else editor.setValue('regulation', { regime: next });
  };
  return (
    <Section id="regulation" title="Regulation" summary={REGIME_LABELS[regime]}>
      <ChoiceField<Regime> label="Fine regime" help={regime === 'none' ? 'No regulatory fines are modelled.' : REGIME_RULES[regime].note} value={regime} options={REGIMES} optionLabel={(option) => REGIME_LABELS[option]} onChange={setRegime} />
      {regime === 'hipaa' && (
        <>
          <ChoiceField<HipaaTier>
            label="HIPAA culpability tier"
            help="Sets the yearly cap per provision violated."
            value={(getAt(doc, 'regulation.hipaaTier') as HipaaTier | undefined) ?? 2}
            options={HIPAA_TIERS}
            optionLabel={(tier) => HIPAA_TIER_LABELS[tier]}
            onChange={(tier) => editor.setValue('regulation.hipaaTier', tier)}
          />
          <ChoiceField<HipaaCapBasis>
            label="Which cap applies"
            help="Both 2026 amounts are shown; OCR has applied the lower caps since 2019."
            value={(getAt(doc, 'regulation.hipaaCapBasis') as HipaaCapBasis | undefined) ?? 'enforcementDiscretion'}
            options={HIPAA_CAP_BASES}
            optionLabel={(basis) => CAP_BASIS_LABELS[basis]}
            onChange={(basis) => editor.setValue('regulation.hipaaCapBasis', basis)}
          />
          <NumberField path="regulation.provisionsViolated" field={field('regulation.provisionsViolated')} min={1} max={100} />
        </>
      )}
      {(regime === 'gdpr' || regime === 'ukGdpr') && (
        <ChoiceField<GdprTier>
          label="Tier of infringement"
          help="The lower tier (2% of turnover) covers security and breach notification; the upper (4%) the principles of processing."
          value={(getAt(doc, 'regulation.gdprTier') as GdprTier | undefined) ?? 'lower'}
          options={GDPR_TIERS}
          optionLabel={(tier) => (tier === 'lower' ? 'Lower tier: Art. 83(4)' : 'Upper tier: Art. 83(5)')}
          onChange={(tier) => editor.setValue('regulation.gdprTier', tier)}
        />
      )}
      {regime !== 'none' && (
        <>
          <UncertainField path="regulation.fineProbability" field={field('regulation.fineProbability')} max={1} />
          <UncertainField path="regulation.fineIfImposed" field={field('regulation.fineIfImposed')} max={maxFor(field('regulation.fineIfImposed'))} />
          {REGIME_RULES[regime].currency !== currency && (
            <NumberField
              path="regulation.exchangeRate"
              field={field('regulation.exchangeRate')}
              label={`${currency} per ${REGIME_RULES[regime].currency}`}
              min={0.000001}
              max={maxFor(field('regulation.exchangeRate'))}
            />
          )}
        </>
      )}
    </Section>
  );
}
