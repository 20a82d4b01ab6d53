/**
 * The error a call throws, for assertions on its class and fields as well as its message
 * (Jest's `toThrow(new SomeError(message))` compares the message only).
 */
export function thrown(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}

/** The error a promise rejects with, as `thrown`. */
export async function rejected(action: () => Promise<unknown>): Promise<Error> {
  try {
    await action()
  } catch (error) {
    return error as Error
  }
  throw new Error('nothing was thrown')
}
