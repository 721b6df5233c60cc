/**
 * An OAuth 2 error answer (RFC 6749 §5.2) with Keycloak's status codes and descriptions, so a client
 * sees the same failure from both issuers. Descriptions never contain user input.
 */
export class OAuthError extends Error {
  readonly error: string;
  readonly status: number;

  constructor(error: string, description: string, status = 400) {
    super(description);
    this.name = 'OAuthError';
    this.error = error;
    this.status = status;
  }

  toJSON(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}
