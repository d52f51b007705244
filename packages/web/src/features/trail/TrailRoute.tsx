import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useSearchParams } from 'react-router';
import { AdminNav } from '../../ui/AdminNav';
import { AdminChangesSection, asAdminEntityType } from './AdminChangesSection';
import { PersonalDataReadsSection, type ReadsFilter } from './PersonalDataReadsSection';

/**
 * The administrators' trail: every administrative change, and every read of a case's personal
 * data, with who and when.
 */
export default function TrailRoute() {
  const [params, setParams] = useSearchParams();
  const entityType = asAdminEntityType(params.get('subject'));
  // Not in the URL: the filter names a person, and names stay out of addresses (and server logs).
  const [readsFilter, setReadsFilter] = useState<ReadsFilter | null>(null);
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
      <PersonalDataReadsSection filter={readsFilter} onFilter={setReadsFilter} />
    </section>
  );
}
