/** The dialogs the document asks through: problems with a file, discarding unsaved work, recovering work after a crash, notices, methodology. */
import type { useDocument } from './useDocument';
import { Dialog } from './Dialog';
import { MethodologyDialog } from './MethodologyDialog';
import { ProblemDialog } from './ProblemDialog';
import { platformApi } from '../platform/platformApi';

export function DocumentPrompt({ document }: Readonly<{ document: ReturnType<typeof useDocument> }>) {
  const { prompt, setPrompt } = document;
  if (!prompt) return null;
  const close = () => setPrompt(null);
  switch (prompt.kind) {
    case 'problems':
      return <ProblemDialog title={prompt.title} problems={prompt.problems} onClose={close} />;
    case 'confirmDiscard':
      return (
        <Dialog
          title="Unsaved changes"
          role="alertdialog"
          onCancel={close}
          buttons={[
            {
              label: 'Save first',
              primary: true,
              onClick: () => {
                close();
                void document.save(false).then((saved) => saved && prompt.proceed());
              },
            },
            {
              label: 'Discard changes',
              onClick: () => {
                close();
                prompt.proceed();
              },
            },
            { label: 'Cancel', onClick: close },
          ]}
        >
          <p>This scenario has changes that are not saved. Save them before you {prompt.action}?</p>
        </Dialog>
      );
    case 'recovery':
      return (
        <Dialog
          title="Restore unsaved work?"
          onCancel={close}
          buttons={[
            { label: 'Restore', primary: true, onClick: () => document.restore(prompt.recovery) },
            {
              label: 'Discard it',
              onClick: () => {
                close();
                void platformApi().discardRecovery();
              },
            },
          ]}
        >
          <p>
            Aftermath closed without saving your work on {new Date(prompt.recovery.savedAt).toLocaleString()}
            {prompt.recovery.path ? ` (${prompt.recovery.path})` : ''}. Restore that working copy?
          </p>
        </Dialog>
      );
    case 'notice':
      return (
        <Dialog title={prompt.title} onCancel={close} buttons={[{ label: 'OK', onClick: close }]}>
          <p>{prompt.message}</p>
        </Dialog>
      );
    case 'confirmExport':
      return (
        <Dialog
          title={prompt.title}
          onCancel={close}
          buttons={[
            {
              label: prompt.action,
              primary: true,
              onClick: () => {
                close();
                prompt.proceed();
              },
            },
            { label: 'Cancel', onClick: close },
          ]}
        >
          <p>{prompt.message}</p>
        </Dialog>
      );
    case 'methodology':
      return <MethodologyDialog onClose={close} />;
  }
}
