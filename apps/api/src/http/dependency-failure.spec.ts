import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { unavailableDependency } from './dependency-failure';

/** A gRPC error as grpc-js raises it: an Error with a numeric status code. */
function grpc(code: number): Error {
  return Object.assign(new Error(`${code} status`), { code, details: '', metadata: {} });
}

describe('unavailableDependency', () => {
  it.each([
    ['an update the server did not answer in time', new WorkflowUpdateRPCTimeoutOrCancelledError('timed out')],
    ['a Temporal deadline, wrapped', new ServiceError('failed to start', { cause: grpc(4) })],
    ['Temporal unavailable', grpc(14)],
    ['Temporal overloaded', grpc(8)],
  ])('%s is Temporal', (_, error) => expect(unavailableDependency(error)).toBe('temporal'));

  it.each([
    ['a statement cancelled by statement_timeout', Object.assign(new Error('canceling statement'), { code: '57014' })],
    ['a server shutting down (TypeORM wraps it)', Object.assign(new Error('x'), { driverError: { code: '57P01' } })],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['a pool with no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
  ])('%s is Postgres', (_, error) => expect(unavailableDependency(error)).toBe('postgres'));

  it.each([
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a Temporal "not found"', grpc(5)],
    ['not an error at all', 'boom'],
  ])('%s is not a dependency being away', (_, error) => expect(unavailableDependency(error)).toBeNull());
});
