import { FormattedMessage } from 'react-intl';
import { useSearchParams } from 'react-router';
import { AdminNav } from '../../ui/AdminNav';
import { AdminChangesSection, asAdminEntityType } from './AdminChangesSection';

/** The administrators' trail: every administrative change, who made it and when. */
export default function TrailRoute() {
  const [params, setParams] = useSearchParams();
  const entityType = asAdminEntityType(params.get('subject'));
  return (
    <section>
      <AdminNav />
      <h1>
        <FormattedMessage id="manage.trail" />
      </h1>
      <AdminChangesSection
        entityType={entityType}
        onEntityType={(next) =>
          setParams((current) => {
            const updated = new URLSearchParams(current);
            if (next) updated.set('subject', next);
            else updated.delete('subject');
            return updated;
          })
        }
      />
    </section>
  );
}
