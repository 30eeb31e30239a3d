// The closed set of errors services throw. The HTTP layer and the CLI map
// them in one place each; the ids are stable for API clients.
export class ServiceError extends Error {
  constructor(
    readonly id: 'not_found' | 'forbidden' | 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

export class NotFound extends ServiceError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class Forbidden extends ServiceError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

export class Invalid extends ServiceError {
  constructor(message: string) {
    super('invalid', message);
  }
}

export class Conflict extends ServiceError {
  constructor(message: string) {
    super('conflict', message);
  }
}
