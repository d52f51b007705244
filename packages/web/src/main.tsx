import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isSilentSignInFrame } from './app/sign-in-config';
import './ui/styles.css';

if (isSilentSignInFrame()) {
  // This page is the hidden iframe of a silent sign-in or renewal: hand the provider's answer to the app in
  // the parent window and render nothing. (The settings are the parent's; this side only relays.)
  void import('oidc-client-ts').then(({ UserManager }) =>
    new UserManager({ authority: window.location.origin, client_id: 'relay', redirect_uri: window.location.href })
      .signinSilentCallback()
      .catch(() => undefined),
  );
} else {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
