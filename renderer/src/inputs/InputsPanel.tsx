/**
 * The inputs, in the order people think about them. Memoised: each section follows the editor
 * through its context, so a new result or a progress report does not render the inputs again
 * (only the appetite section, whose suggested loss comes from the results).
 */
import { memo } from 'react';
import { SimulationSettings } from '../shell/SimulationSettings';
import { AppetiteSection } from './AppetiteSection';
import { ControlsSection } from './ControlsSection';
import { DataSection } from './DataSection';
import { DowntimeSection } from './DowntimeSection';
import { InsuranceSection } from './InsuranceSection';
import { LostBusinessSection } from './LostBusinessSection';
import { OrganisationSection } from './OrganisationSection';
import { RangeGuide } from './RangeGuide';
import { RegulationSection } from './RegulationSection';
import { ResponseSection } from './ResponseSection';
import { TextField } from './TextField';
import { ThreatsSection } from './ThreatsSection';

/** Every section but the appetite's, whose suggested loss follows the results. */
const Sections = memo(function Sections() {
  return (
    <>
      <TextField path="name" label="Scenario name" />
      <RangeGuide />
      <OrganisationSection />
      <DataSection />
      <ThreatsSection />
      <DowntimeSection />
      <ResponseSection />
      <RegulationSection />
      <LostBusinessSection />
      <InsuranceSection />
      <ControlsSection />
    </>
  );
});

const Settings = memo(SimulationSettings);

export const InputsPanel = memo(function InputsPanel({ suggestedLoss }: Readonly<{ suggestedLoss: number | undefined }>) {
  return (
    <aside className="inputs" aria-label="Inputs">
      <Sections />
      <AppetiteSection suggestedLoss={suggestedLoss} />
      <Settings />
    </aside>
  );
});
