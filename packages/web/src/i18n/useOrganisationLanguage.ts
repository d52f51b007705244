import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../gql';
import { asLocale } from './locale-choice';
import { useLocale } from './LocaleProvider';

const OrganisationLanguageQuery = graphql(`
  query OrganisationLanguageQuery {
    settings {
      defaultLanguage
    }
  }
`);

/**
 * Tells the language provider the organisation's default language (the `defaultLanguage`
 * setting) once someone is signed in: the settings are read by signed-in people only. The settings
 * screen writes the cached settings, so a change applies at once.
 */
export function useOrganisationLanguage(signedIn: boolean): void {
  const { data } = useQuery(OrganisationLanguageQuery, { skip: !signedIn });
  const { setOrganisationDefault } = useLocale();
  const organisationDefault = signedIn ? asLocale(data?.settings.defaultLanguage) : null;
  useEffect(() => {
    if (organisationDefault) setOrganisationDefault(organisationDefault);
  }, [organisationDefault, setOrganisationDefault]);
}
